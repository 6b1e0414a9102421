import ZStackSDK

/// The server side of ``UpdateResourceConfigs``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous.
nonisolated enum UpdateResourceConfigsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateResourceConfigs.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateResourceConfigs.Request(
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                resourceConfigs: try call.required(body.wrapped?.resourceConfigs, .bodyField("params.resourceConfigs")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateResourceConfigs(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var resourceConfigs: [ZStackJSONValue]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case resourceConfigs = "resourceConfigs"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
