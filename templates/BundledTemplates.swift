import Foundation

/// Where apigen's built-in templates are: the emitters' folders of `templates/`, copied into
/// apigen's resource bundle by the build. (This file is the `APIGenTemplates` target's one
/// source; apigen reads only the `*.mustache` files of the folder.)
public enum BundledTemplates {
    /// The folder that holds the built-in templates, or nil when neither the resource bundle nor
    /// the source checkout apigen was built from can be found.
    ///
    /// The bundle (`…_APIGenTemplates.resources`) sits beside the executable that SwiftPM builds,
    /// including when apigen runs as a build plugin's tool. SwiftPM's own `Bundle.module` stops the
    /// program when it is missing (apigen copied elsewhere without it), so the search is done here,
    /// with the source checkout as the last place to look.
    public static let folder: String? = {
        let fileManager = FileManager.default
        var places: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let directory = executable.deletingLastPathComponent()
            let bundles = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
            // `apigen_APIGenTemplates.resources` beside `apigen`; `…-tool.resources` beside `apigen-tool`,
            // the build of apigen for a build plugin. Both may sit in one build folder, built at different
            // times: each executable takes its own first, or it could read templates older than its code.
            let isBundle = { (name: String) in name.contains("_APIGenTemplates") && name.hasSuffix(".resources") }
            let isTool = executable.lastPathComponent.hasSuffix("-tool")
            let isOwn = { (name: String) in name.hasSuffix("-tool.resources") == isTool }
            places += bundles.filter(isBundle).sorted { isOwn($0) != isOwn($1) ? isOwn($0) : $0 < $1 }.map {
                directory.appendingPathComponent($0)
            }
        }
        places.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        var isDirectory: ObjCBool = false
        return places.first { fileManager.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue }?.path
    }()
}
