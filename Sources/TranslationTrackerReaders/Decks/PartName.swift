/// Part names inside an OPC package (PPTX): paths without a leading slash, `/` separated.
enum PartName {
    /// `ppt/slides/slide1.xml` → (`ppt/slides/`, `slide1.xml`).
    static func split(_ part: String) -> (folder: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[...slash]), String(part[part.index(after: slash)...]))
    }

    /// A relationship target relative to the part that holds the relationship (or absolute,
    /// from the package root, when it starts with `/`), with `.` and `..` folded.
    static func resolve(_ target: String, from source: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : split(source).folder + target
        var components: [Substring] = []
        for component in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." { _ = components.popLast(); continue }
            components.append(component)
        }
        return components.joined(separator: "/")
    }
}
