/// The tool's name and version, as `--version`, reports and (later) the User-Agent show them.
package enum ToolInfo {
    package static let name = "transtrack"
    package static let version = "0.1.0"
}
