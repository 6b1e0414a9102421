/// Emits a Swift client: one file per named type, one per endpoint, and the runtime support
/// (client, request building, polling, errors, JSON values, timestamps) on swift-openapi-runtime's
/// `ClientTransport`.
public struct SwiftClientEmitter: Emitter {
    public static let name = "swift-client"

    public var options: EmitterOptions

    public init(options: EmitterOptions = EmitterOptions()) { self.options = options }

    public var parallelism: Int { options.parallelism }

    public func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job] {
        let builder = SwiftClientModelBuilder(model: model, options: options)
        var jobs: [ParallelRenderer.Job] = []
        let runtimePrefix = "swift-client/runtime/"
        for name in templates.sources.keys.sorted() where name.hasPrefix(runtimePrefix) {
            let relative = String(name.dropFirst(runtimePrefix.count))
            let folder = relative.split(separator: "/").dropLast().joined(separator: "/")
            let file = String(relative.split(separator: "/").last ?? "")
            let path = (folder.isEmpty ? "" : folder + "/") + builder.prefix + file
            jobs.append {
                GeneratedFile(path: path, contents: try templates.render(name, builder.runtimeModel()))
            }
        }
        for type in model.types {
            let specFile = type.origin.location.file
            switch type.kind {
            case .object:
                jobs.append {
                    let file = try builder.objectFile(type, templates: templates)
                    return GeneratedFile(
                        path: "Types/\(file.name).swift", contents: try templates.render("swift-client/Object.swift", file), specFile: specFile)
                }
            case .enumeration:
                jobs.append {
                    let file = builder.enumFile(type)
                    return GeneratedFile(
                        path: "Types/\(file.name).swift", contents: try templates.render("swift-client/Enum.swift", file), specFile: specFile)
                }
            }
        }
        for endpoint in model.endpoints {
            jobs.append {
                let file = try builder.endpointFile(endpoint, templates: templates)
                return GeneratedFile(
                    path: "Endpoints/\(file.namespace).swift", contents: try templates.render("swift-client/Endpoint.swift", file),
                    specFile: endpoint.file)
            }
        }
        return jobs
    }
}
