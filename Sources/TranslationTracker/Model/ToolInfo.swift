/// The tool's name and version, as `--version`, reports and (later) the User-Agent show them.
public enum ToolInfo {
    public static let name = "transtrack"
    public static let version = "0.1.0"
}
