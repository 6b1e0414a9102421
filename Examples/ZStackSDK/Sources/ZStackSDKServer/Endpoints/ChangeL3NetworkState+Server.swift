import ZStackSDK

/// The server side of ``ChangeL3NetworkState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous.
nonisolated enum ChangeL3NetworkStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeL3NetworkState.operation, bodyWrapper: "changeL3NetworkState") { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeL3NetworkState.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                stateEvent: try call.required(body.wrapped?.stateEvent, .bodyField("changeL3NetworkState.stateEvent")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeL3NetworkState(request) }
        }
    }

    /// The JSON body of a request: `{"changeL3NetworkState": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeL3NetworkState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var stateEvent: ChangeL3NetworkStateStateEvent?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case stateEvent = "stateEvent"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
