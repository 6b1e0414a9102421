import ZStackSDK

/// The server side of ``AddResourcesToDirectory``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/add/resources/directory`, asynchronous.
nonisolated enum AddResourcesToDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddResourcesToDirectory.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddResourcesToDirectory.Request(
                resourceUuids: try call.required(body.wrapped?.resourceUuids, .bodyField("params.resourceUuids")),
                directoryUuid: try call.required(body.wrapped?.directoryUuid, .bodyField("params.directoryUuid")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.addResourcesToDirectory(request) }
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
            let resourceUuids: [String]?
            let directoryUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.resourceUuids = try object.optionalValue([String].self, forKey: "resourceUuids")
                self.directoryUuid = try object.optionalValue(String.self, forKey: "directoryUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
