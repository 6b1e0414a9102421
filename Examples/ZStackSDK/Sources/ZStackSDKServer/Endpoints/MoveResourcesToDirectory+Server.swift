import ZStackSDK

/// The server side of ``MoveResourcesToDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/move/resources/directory`, asynchronous.
nonisolated enum MoveResourcesToDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: MoveResourcesToDirectory.operation,
            bodyWrapper: "moveResourcesToDirectory"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = MoveResourcesToDirectory.Request(
                resourceUuids: try call.required(
                    body.wrapped?.resourceUuids,
                    .bodyField("moveResourcesToDirectory.resourceUuids")
                ),
                directoryUuid: try call.required(
                    body.wrapped?.directoryUuid,
                    .bodyField("moveResourcesToDirectory.directoryUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.moveResourcesToDirectory(request) }
        }
    }

    /// The JSON body of a request: `{"moveResourcesToDirectory": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "moveResourcesToDirectory")
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
