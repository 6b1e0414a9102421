import ZStackSDK

/// The server side of ``ChangeVmNicNetwork``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}`, asynchronous.
nonisolated enum ChangeVmNicNetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeVmNicNetwork.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeVmNicNetwork.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                destL3NetworkUuid: try call.pathParameter("destL3NetworkUuid", as: String.self),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                staticIp: body.wrapped?.staticIp
            )
            return { try await handler.changeVmNicNetwork(request) }
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
            let systemTags: [String]?
            let userTags: [String]?
            let staticIp: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.staticIp = try object.optionalValue(String.self, forKey: "staticIp")
            }
        }
    }
}
