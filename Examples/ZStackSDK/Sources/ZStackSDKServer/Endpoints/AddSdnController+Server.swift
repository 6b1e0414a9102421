import ZStackSDK

/// The server side of ``AddSdnController``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/sdn-controllers`, asynchronous.
nonisolated enum AddSdnControllerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddSdnController.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddSdnController.Request(
                vendorType: try call.required(body.wrapped?.vendorType, .bodyField("params.vendorType")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                ip: try call.required(body.wrapped?.ip, .bodyField("params.ip")),
                userName: try call.required(body.wrapped?.userName, .bodyField("params.userName")),
                password: try call.required(body.wrapped?.password, .bodyField("params.password")),
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addSdnController(request) }
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
            let vendorType: String?
            let name: String?
            let description: String?
            let ip: String?
            let userName: String?
            let password: String?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vendorType = try object.optionalValue(String.self, forKey: "vendorType")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.ip = try object.optionalValue(String.self, forKey: "ip")
                self.userName = try object.optionalValue(String.self, forKey: "userName")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
