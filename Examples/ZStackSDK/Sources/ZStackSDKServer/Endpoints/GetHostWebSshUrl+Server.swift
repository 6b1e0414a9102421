import ZStackSDK

/// The server side of ``GetHostWebSshUrl``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/hosts/webssh`, asynchronous.
nonisolated enum GetHostWebSshUrlServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHostWebSshUrl.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = GetHostWebSshUrl.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("params.uuid")),
                userName: try call.required(body.wrapped?.userName, .bodyField("params.userName")),
                password: try call.required(body.wrapped?.password, .bodyField("params.password")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                https: body.wrapped?.https
            )
            return { try await handler.getHostWebSshUrl(request) }
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
            let uuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let https: Bool?
            let userName: String?
            let password: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.uuid = try object.optionalValue(String.self, forKey: "uuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.https = try object.optionalValue(Bool.self, forKey: "https")
                self.userName = try object.optionalValue(String.self, forKey: "userName")
                self.password = try object.optionalValue(String.self, forKey: "password")
            }
        }
    }
}
