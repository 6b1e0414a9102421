import ZStackSDK

/// The server side of ``RemoveBackendServerFromServerGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous.
nonisolated enum RemoveBackendServerFromServerGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: RemoveBackendServerFromServerGroup.operation,
            bodyWrapper: "removeBackendServerFromServerGroup"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = RemoveBackendServerFromServerGroup.Request(
                serverGroupUuid: try call.pathParameter("serverGroupUuid", as: String.self),
                vmNicUuids: body.wrapped?.vmNicUuids,
                serverIps: body.wrapped?.serverIps,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.removeBackendServerFromServerGroup(request) }
        }
    }

    /// The JSON body of a request: `{"removeBackendServerFromServerGroup": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "removeBackendServerFromServerGroup")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let vmNicUuids: [String]?
            let serverIps: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vmNicUuids = try object.optionalValue([String].self, forKey: "vmNicUuids")
                self.serverIps = try object.optionalValue([String].self, forKey: "serverIps")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
