import ZStackSDK

/// The server side of ``AttachEip``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous.
nonisolated enum AttachEipServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachEip.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AttachEip.Request(
                eipUuid: try call.pathParameter("eipUuid", as: String.self),
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                usedIpUuid: body.wrapped?.usedIpUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.attachEip(request) }
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
            let usedIpUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.usedIpUuid = try object.optionalValue(String.self, forKey: "usedIpUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
