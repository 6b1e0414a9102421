import ZStackSDK

/// The server side of ``UpdateHostIpmi``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous.
nonisolated enum UpdateHostIpmiServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateHostIpmi.operation, bodyWrapper: "updateHostIpmi") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateHostIpmi.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                ipmiAddress: body.wrapped?.ipmiAddress,
                ipmiUsername: body.wrapped?.ipmiUsername,
                ipmiPassword: body.wrapped?.ipmiPassword,
                ipmiPort: body.wrapped?.ipmiPort,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateHostIpmi(request) }
        }
    }

    /// The JSON body of a request: `{"updateHostIpmi": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateHostIpmi")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let ipmiAddress: String?
            let ipmiUsername: String?
            let ipmiPassword: String?
            let ipmiPort: Int?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.ipmiAddress = try object.optionalValue(String.self, forKey: "ipmiAddress")
                self.ipmiUsername = try object.optionalValue(String.self, forKey: "ipmiUsername")
                self.ipmiPassword = try object.optionalValue(String.self, forKey: "ipmiPassword")
                self.ipmiPort = try object.optionalValue(Int.self, forKey: "ipmiPort")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
