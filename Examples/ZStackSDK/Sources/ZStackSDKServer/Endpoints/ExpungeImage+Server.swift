import ZStackSDK

/// The server side of ``ExpungeImage``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous.
nonisolated enum ExpungeImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ExpungeImage.operation, bodyWrapper: "expungeImage") { call in
            let body = try call.decodeBody(Body.self)
            let request = ExpungeImage.Request(
                imageUuid: try call.pathParameter("imageUuid", as: String.self),
                backupStorageUuids: body.wrapped?.backupStorageUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                uuid: body.wrapped?.uuid
            )
            return { try await handler.expungeImage(request) }
        }
    }

    /// The JSON body of a request: `{"expungeImage": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "expungeImage")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let backupStorageUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?
            let uuid: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.backupStorageUuids = try object.optionalValue([String].self, forKey: "backupStorageUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.uuid = try object.optionalValue(String.self, forKey: "uuid")
            }
        }
    }
}
