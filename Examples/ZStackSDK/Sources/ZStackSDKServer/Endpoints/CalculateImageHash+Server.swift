import ZStackSDK

/// The server side of ``CalculateImageHash``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous.
nonisolated enum CalculateImageHashServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CalculateImageHash.operation, bodyWrapper: "calculateImageHash") { call in
            let body = try call.decodeBody(Body.self)
            let request = CalculateImageHash.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                backupStorageUuid: try call.required(
                    body.wrapped?.backupStorageUuid,
                    .bodyField("calculateImageHash.backupStorageUuid")
                ),
                algorithm: body.wrapped?.algorithm,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.calculateImageHash(request) }
        }
    }

    /// The JSON body of a request: `{"calculateImageHash": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "calculateImageHash")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let backupStorageUuid: String?
            let algorithm: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.backupStorageUuid = try object.optionalValue(String.self, forKey: "backupStorageUuid")
                self.algorithm = try object.optionalValue(String.self, forKey: "algorithm")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
