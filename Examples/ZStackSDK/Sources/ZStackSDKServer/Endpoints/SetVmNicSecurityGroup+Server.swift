import ZStackSDK

/// The server side of ``SetVmNicSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/actions`, asynchronous.
nonisolated enum SetVmNicSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmNicSecurityGroup.operation, bodyWrapper: "setVmNicSecurityGroup") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmNicSecurityGroup.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                refs: try call.required(body.wrapped?.refs, .bodyField("setVmNicSecurityGroup.refs")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmNicSecurityGroup(request) }
        }
    }

    /// The JSON body of a request: `{"setVmNicSecurityGroup": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmNicSecurityGroup"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var refs: [ZStackJSONValue]?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case refs = "refs"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
