import ZStackSDK

/// The server side of ``UpdateKVMHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous.
nonisolated enum UpdateKVMHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateKVMHost.operation, bodyWrapper: "updateKVMHost") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateKVMHost.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                username: body.wrapped?.username,
                password: body.wrapped?.password,
                sshPort: body.wrapped?.sshPort,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                managementIp: body.wrapped?.managementIp,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateKVMHost(request) }
        }
    }

    /// The JSON body of a request: `{"updateKVMHost": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateKVMHost")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let username: String?
            let password: String?
            let sshPort: Int?
            let name: String?
            let description: String?
            let managementIp: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.username = try object.optionalValue(String.self, forKey: "username")
                self.password = try object.optionalValue(String.self, forKey: "password")
                self.sshPort = try object.optionalValue(Int.self, forKey: "sshPort")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.managementIp = try object.optionalValue(String.self, forKey: "managementIp")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
