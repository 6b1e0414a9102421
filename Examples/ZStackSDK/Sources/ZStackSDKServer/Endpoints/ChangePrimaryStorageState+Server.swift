import ZStackSDK

/// The server side of ``ChangePrimaryStorageState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous.
nonisolated enum ChangePrimaryStorageStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangePrimaryStorageState.operation,
            bodyWrapper: "changePrimaryStorageState"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangePrimaryStorageState.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                stateEvent: try call.required(
                    body.wrapped?.stateEvent,
                    .bodyField("changePrimaryStorageState.stateEvent")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changePrimaryStorageState(request) }
        }
    }

    /// The JSON body of a request: `{"changePrimaryStorageState": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changePrimaryStorageState"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var stateEvent: ChangePrimaryStorageStateStateEvent?
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
