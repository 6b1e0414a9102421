/// Emits a mock handler that answers every endpoint with its documented response example,
/// for the server stubs of `swift-server` (`server-module` option, default `<Prefix>Server`).
public struct SwiftMockEmitter: SwiftSourceEmitter {
    public static let name = "swift-mock"

    public var options: EmitterOptions

    public init(options: EmitterOptions = EmitterOptions()) { self.options = options }

    static let perSpecFileSuffix = "+Mock"

    public func renderJobs(_ model: APIModel, templates: TemplateSet) -> [ParallelRenderer.Job] {
        let builder = SwiftServerModelBuilder(model: model, options: options)
        var jobs: [ParallelRenderer.Job] = [
            { SwiftServerEmitter.file("\(builder.prefix)MockHandler.swift", try templates.renderSwift("swift-mock/MockHandler.swift", builder.runtimeModel())) }
        ]
        for endpoint in model.endpoints {
            jobs.append {
                let file = builder.mockExample(endpoint)
                return SwiftServerEmitter.file(
                    "Examples/\(file.namespace)+Mock.swift", try templates.renderSwift("swift-mock/Example+Mock.swift", file), specFile: endpoint.file)
            }
        }
        return jobs
    }
}
