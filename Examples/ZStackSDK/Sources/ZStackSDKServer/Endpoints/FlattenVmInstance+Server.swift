import ZStackSDK

/// The server side of ``FlattenVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum FlattenVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: FlattenVmInstance.operation, bodyWrapper: "flattenVmInstance") { call in
            let body = try call.decodeBody(Body.self)
            let request = FlattenVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                full: body.wrapped?.full,
                dryRun: body.wrapped?.dryRun,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.flattenVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"flattenVmInstance": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "flattenVmInstance"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var full: Bool?
            var dryRun: Bool?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case full = "full"
                case dryRun = "dryRun"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
