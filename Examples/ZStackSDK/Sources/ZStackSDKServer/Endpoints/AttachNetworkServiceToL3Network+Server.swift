import ZStackSDK

/// The server side of ``AttachNetworkServiceToL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous.
nonisolated enum AttachNetworkServiceToL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachNetworkServiceToL3Network.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AttachNetworkServiceToL3Network.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                networkServices: try call.required(body.wrapped?.networkServices, .bodyField("params.networkServices")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.attachNetworkServiceToL3Network(request) }
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
            let networkServices: [String: [String]]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.networkServices = try object.optionalValue([String: [String]].self, forKey: "networkServices")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
