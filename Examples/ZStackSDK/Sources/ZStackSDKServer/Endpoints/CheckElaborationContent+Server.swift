import ZStackSDK

/// The server side of ``CheckElaborationContent``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/errorcode/elaborations/check`, synchronous.
nonisolated enum CheckElaborationContentServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CheckElaborationContent.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CheckElaborationContent.Request(
                elaborateFile: body.wrapped?.elaborateFile,
                elaborateContent: body.wrapped?.elaborateContent,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.checkElaborationContent(request) }
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
            var elaborateFile: String?
            var elaborateContent: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case elaborateFile = "elaborateFile"
                case elaborateContent = "elaborateContent"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
