import ZStackSDK

/// The server side of ``UpdateDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/update/directory`, asynchronous.
nonisolated enum UpdateDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateDirectory.operation, bodyWrapper: "updateDirectory") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateDirectory.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("updateDirectory.uuid")),
                name: try call.required(body.wrapped?.name, .bodyField("updateDirectory.name")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateDirectory(request) }
        }
    }

    /// The JSON body of a request: `{"updateDirectory": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateDirectory")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let uuid: String?
            let name: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.uuid = try object.optionalValue(String.self, forKey: "uuid")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
