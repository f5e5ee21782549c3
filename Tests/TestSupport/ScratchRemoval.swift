import Foundation

/// Removes a test's temporary folder. A test may have left a folder in it read-only (to make a
/// write fail), which would stop a plain removal, so write permission is given back first.
public enum ScratchRemoval {
    public static func remove(_ root: String) {
        let manager = FileManager.default
        if let walker = manager.enumerator(atPath: root) {
            for case let relative as String in walker {
                let path = root + "/" + relative
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
                }
            }
        }
        try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root)
        try? manager.removeItem(atPath: root)
    }
}
