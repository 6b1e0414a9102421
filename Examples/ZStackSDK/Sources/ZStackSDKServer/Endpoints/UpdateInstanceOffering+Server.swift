import ZStackSDK

/// The server side of ``UpdateInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous.
nonisolated enum UpdateInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateInstanceOffering.operation,
            bodyWrapper: "updateInstanceOffering"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateInstanceOffering.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                allocatorStrategy: body.wrapped?.allocatorStrategy
            )
            return { try await handler.updateInstanceOffering(request) }
        }
    }

    /// The JSON body of a request: `{"updateInstanceOffering": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateInstanceOffering"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?
            var allocatorStrategy: String?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case allocatorStrategy = "allocatorStrategy"
            }
        }
    }
}
