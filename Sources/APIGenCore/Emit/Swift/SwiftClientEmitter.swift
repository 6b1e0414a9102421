/// Emits a Swift client: one file per named type, one per endpoint, and the runtime support
/// (client, request building, polling, errors, JSON values, timestamps) on swift-openapi-runtime's
/// `ClientTransport`. With `modules: per-category` each file goes into the folder of its module
/// (see `SwiftModuleSplit`), with an umbrella module and a `MODULES.md` listing the targets.
public struct SwiftClientEmitter: SwiftSourceEmitter {
    public static let name = "swift-client"

    public var options: EmitterOptions

    public init(options: EmitterOptions = EmitterOptions()) { self.options = options }

    static let perSpecFileSuffix = ""
    public static let splitsIntoModules = true
    public static let writesClientMethods = true

    public func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job] {
        let builder = SwiftClientModelBuilder(model: model, options: options)
        let split = builder.split
        /// The file's path in the output: inside its module's folder when the client is split.
        func placed(_ path: String, in module: @autoclosure () -> String) -> String {
            split == nil ? path : module() + "/" + path
        }
        // A category module's file renders its core import first; the sorter puts it in order.
        let sortsImports = split != nil
        var jobs: [ParallelRenderer.Job] = []
        let runtimePrefix = "swift-client/runtime/"
        for name in templates.sources.keys.sorted() where name.hasPrefix(runtimePrefix) {
            let relative = String(name.dropFirst(runtimePrefix.count))
            let folder = relative.split(separator: "/").dropLast().joined(separator: "/")
            let file = String(relative.split(separator: "/").last ?? "")
            let runtimePath = placed((folder.isEmpty ? "" : folder + "/") + builder.prefix + file, in: split?.core ?? "")
            jobs.append {
                GeneratedFile(path: runtimePath, contents: try templates.renderSwift(name, builder.runtimeModel()))
            }
        }
        for type in model.types {
            let specFile = type.origin.location.file
            switch type.kind {
            case .object:
                let path = placed("Types/\(builder.names.typeName(type.name)).swift", in: split?.module(ofType: type.name) ?? "")
                jobs.append {
                    let file = builder.objectFile(type)
                    return GeneratedFile(
                        path: path, contents: SwiftImportSorter.sorted(try templates.renderSwift("swift-client/Object.swift", file), if: sortsImports),
                        specFile: specFile)
                }
            case .enumeration:
                let path = placed("Types/\(builder.names.typeName(type.name)).swift", in: split?.module(ofType: type.name) ?? "")
                jobs.append {
                    let file = builder.enumFile(type)
                    return GeneratedFile(
                        path: path, contents: try templates.renderSwift("swift-client/Enum.swift", file), specFile: specFile)
                }
            }
        }
        for reply in builder.genericReplies.replies {
            let path = placed("Types/\(reply.name).swift", in: split?.core ?? "")
            jobs.append {
                GeneratedFile(path: path, contents: try templates.renderSwift("swift-client/GenericReply.swift", builder.genericReplyFile(reply)))
            }
        }
        for endpoint in model.endpoints {
            let path = placed("Endpoints/\(builder.names.namespace(endpoint.operationID)).swift", in: split?.module(of: endpoint) ?? "")
            jobs.append {
                let file = builder.endpointFile(endpoint)
                return GeneratedFile(
                    path: path,
                    contents: SwiftImportSorter.sorted(try templates.renderSwift("swift-client/Endpoint.swift", file), if: sortsImports),
                    specFile: endpoint.file)
            }
        }
        if let split {
            let modules = builder.modulesModel(split)
            jobs.append {
                GeneratedFile(path: "\(split.umbrella)/\(split.umbrella).swift", contents: try templates.renderSwift("swift-client/Umbrella.swift", modules))
            }
            jobs.append { GeneratedFile(path: "MODULES.md", contents: try templates.render("swift-client/Modules.md", modules)) }
        }
        return jobs
    }
}
