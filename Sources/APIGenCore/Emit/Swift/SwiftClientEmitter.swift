/// Emits a Swift client: one file per named type, one per endpoint, and the runtime support
/// (client, request building, polling, errors, JSON values, timestamps) on swift-openapi-runtime's
/// `ClientTransport`.
public struct SwiftClientEmitter: Emitter {
    public static let name = "swift-client"

    public var options: EmitterOptions

    public init(options: EmitterOptions = EmitterOptions()) { self.options = options }

    public func emit(_ model: APIModel, templates: TemplateSet) throws(TemplateError) -> [GeneratedFile] {
        let builder = SwiftClientModelBuilder(model: model, options: options)
        var files: [GeneratedFile] = []
        let runtime = builder.runtimeModel()
        let runtimePrefix = "swift-client/runtime/"
        for name in templates.sources.keys.sorted() where name.hasPrefix(runtimePrefix) {
            let relative = String(name.dropFirst(runtimePrefix.count))
            let folder = relative.split(separator: "/").dropLast().joined(separator: "/")
            let file = String(relative.split(separator: "/").last ?? "")
            let path = (folder.isEmpty ? "" : folder + "/") + builder.prefix + file
            files.append(GeneratedFile(path: path, contents: try templates.render(name, runtime)))
        }
        for type in model.types {
            switch type.kind {
            case .object:
                let file = try builder.objectFile(type, templates: templates)
                files.append(GeneratedFile(path: "Types/\(file.name).swift", contents: try templates.render("swift-client/Object.swift", file)))
            case .enumeration:
                let file = builder.enumFile(type)
                files.append(GeneratedFile(path: "Types/\(file.name).swift", contents: try templates.render("swift-client/Enum.swift", file)))
            }
        }
        for endpoint in model.endpoints {
            let file = try builder.endpointFile(endpoint, templates: templates)
            files.append(GeneratedFile(path: "Endpoints/\(file.namespace).swift", contents: try templates.render("swift-client/Endpoint.swift", file)))
        }
        return files
    }
}
