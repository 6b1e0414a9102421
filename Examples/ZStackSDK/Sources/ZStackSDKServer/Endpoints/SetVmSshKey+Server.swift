import ZStackSDK

/// The server side of ``SetVmSshKey``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmSshKeyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmSshKey.operation, bodyWrapper: "setVmSshKey") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmSshKey.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                sshKey: try call.required(body.wrapped?.sshKey, .bodyField("setVmSshKey.SshKey")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmSshKey(request) }
        }
    }

    /// The JSON body of a request: `{"setVmSshKey": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmSshKey"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var sshKey: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case sshKey = "SshKey"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
