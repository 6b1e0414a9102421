import ZStackSDK

/// The server side of ``UpdateVmPriority``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVmPriorityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmPriority.operation, bodyWrapper: "updateVmPriority") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmPriority.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                priority: try call.required(body.wrapped?.priority, .bodyField("updateVmPriority.priority")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateVmPriority(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmPriority": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVmPriority"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var priority: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case priority = "priority"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
