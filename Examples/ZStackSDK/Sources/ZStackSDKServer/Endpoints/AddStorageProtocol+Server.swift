import ZStackSDK

/// The server side of ``AddStorageProtocol``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/protocol`, asynchronous.
nonisolated enum AddStorageProtocolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddStorageProtocol.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddStorageProtocol.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("params.uuid")),
                outputProtocol: try call.required(body.wrapped?.outputProtocol, .bodyField("params.outputProtocol")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addStorageProtocol(request) }
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
            var uuid: String?
            var outputProtocol: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case outputProtocol = "outputProtocol"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
