import ZStackSDK

/// The server side of ``AttachPolicyToUserGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous.
nonisolated enum AttachPolicyToUserGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachPolicyToUserGroup.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AttachPolicyToUserGroup.Request(
                groupUuid: try call.pathParameter("groupUuid", as: String.self),
                policyUuid: try call.required(body.wrapped?.policyUuid, .bodyField("params.policyUuid")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.attachPolicyToUserGroup(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let policyUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.policyUuid = try object.optionalValue(String.self, forKey: "policyUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
