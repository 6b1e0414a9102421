import ZStackSDK

/// The server side of ``ChangeL2NetworkVlanId``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous.
nonisolated enum ChangeL2NetworkVlanIdServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeL2NetworkVlanId.operation, bodyWrapper: "changeL2NetworkVlanId") { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeL2NetworkVlanId.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                vlan: body.wrapped?.vlan,
                type: body.wrapped?.type,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeL2NetworkVlanId(request) }
        }
    }

    /// The JSON body of a request: `{"changeL2NetworkVlanId": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeL2NetworkVlanId")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let vlan: Int?
            let type: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vlan = try object.optionalValue(Int.self, forKey: "vlan")
                self.type = try object.optionalValue(String.self, forKey: "type")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
