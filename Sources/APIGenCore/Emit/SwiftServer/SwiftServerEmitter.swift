/// Emits server stubs: a handler protocol with one method per endpoint and its registration
/// on any swift-openapi `ServerTransport`, decoding requests and answering the ZStack way
/// (200, 503 with the error, 202 and a job table for asynchronous endpoints). The server
/// reuses the generated client's types (`client-module` option, default `<Prefix>Client`).
public struct SwiftServerEmitter: SwiftSourceEmitter {
    public static let name = "swift-server"

    public var options: EmitterOptions

    public init(options: EmitterOptions = EmitterOptions()) { self.options = options }

    static let perSpecFileSuffix = "+Server"

    public func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job] {
        let builder = SwiftServerModelBuilder(model: model, options: options)
        let prefix = builder.prefix
        var jobs: [ParallelRenderer.Job] = []
        let runtimePrefix = "swift-server/runtime/"
        for name in templates.sources.keys.sorted() where name.hasPrefix(runtimePrefix) {
            let relative = String(name.dropFirst(runtimePrefix.count))
            let folder = relative.split(separator: "/").dropLast().joined(separator: "/")
            let file = String(relative.split(separator: "/").last ?? "")
            let path = (folder.isEmpty ? "" : folder + "/") + prefix + file
            jobs.append { try Self.file(path, templates.renderSwift(name, builder.runtimeModel())) }
        }
        jobs.append { try Self.file("Support/\(prefix)ServerWire.swift", templates.renderSwift("swift-server/ServerWire.swift", builder.runtimeModel())) }
        // Two files render the handler protocol's model, which walks every endpoint: made once.
        let handler = Computed { builder.handlerProtocol() }
        jobs.append { try Self.file("Server/\(prefix)APIHandler.swift", templates.renderSwift("swift-server/APIHandler.swift", handler.value)) }
        jobs.append {
            try Self.file(
                "Server/\(prefix)APIHandler+Registration.swift", templates.renderSwift("swift-server/APIHandler+Registration.swift", handler.value))
        }
        for endpoint in model.endpoints {
            jobs.append {
                let file = builder.endpoint(endpoint)
                return try Self.file(
                    "Endpoints/\(file.namespace)+Server.swift", templates.renderSwift("swift-server/Endpoint+Server.swift", file), specFile: endpoint.file)
            }
        }
        return jobs
    }

    static func file(_ path: String, _ contents: String, specFile: String? = nil) -> GeneratedFile {
        GeneratedFile(path: path, contents: SwiftImportSorter.sorted(contents), specFile: specFile)
    }
}
