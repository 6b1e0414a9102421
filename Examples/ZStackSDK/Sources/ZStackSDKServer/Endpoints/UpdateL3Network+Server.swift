import ZStackSDK

/// The server side of ``UpdateL3Network``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous.
nonisolated enum UpdateL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateL3Network.operation, bodyWrapper: "updateL3Network") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateL3Network.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                system: body.wrapped?.system,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                category: body.wrapped?.category,
                dnsDomain: body.wrapped?.dnsDomain
            )
            return { try await handler.updateL3Network(request) }
        }
    }

    /// The JSON body of a request: `{"updateL3Network": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateL3Network")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let name: String?
            let description: String?
            let system: Bool?
            let systemTags: [String]?
            let userTags: [String]?
            let category: UpdateL3NetworkCategory?
            let dnsDomain: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.system = try object.optionalValue(Bool.self, forKey: "system")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.category = try object.optionalValue(UpdateL3NetworkCategory.self, forKey: "category")
                self.dnsDomain = try object.optionalValue(String.self, forKey: "dnsDomain")
            }
        }
    }
}
