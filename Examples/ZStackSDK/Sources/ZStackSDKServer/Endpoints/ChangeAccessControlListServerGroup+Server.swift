import ZStackSDK

/// The server side of ``ChangeAccessControlListServerGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous.
nonisolated enum ChangeAccessControlListServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeAccessControlListServerGroup.operation,
            bodyWrapper: "changeAccessControlListServerGroup"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeAccessControlListServerGroup.Request(
                aclUuid: try call.pathParameter("aclUuid", as: String.self),
                serverGroupUuids: try call.required(
                    body.wrapped?.serverGroupUuids,
                    .bodyField("changeAccessControlListServerGroup.serverGroupUuids")
                ),
                listenerUuid: try call.required(
                    body.wrapped?.listenerUuid,
                    .bodyField("changeAccessControlListServerGroup.listenerUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeAccessControlListServerGroup(request) }
        }
    }

    /// The JSON body of a request: `{"changeAccessControlListServerGroup": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeAccessControlListServerGroup")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let serverGroupUuids: [String]?
            let listenerUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.serverGroupUuids = try object.optionalValue([String].self, forKey: "serverGroupUuids")
                self.listenerUuid = try object.optionalValue(String.self, forKey: "listenerUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
