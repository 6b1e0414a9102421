import ZStackSDK

/// The server side of ``LocalStorageMigrateVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous.
nonisolated enum LocalStorageMigrateVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: LocalStorageMigrateVolume.operation,
            bodyWrapper: "localStorageMigrateVolume"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = LocalStorageMigrateVolume.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                destHostUuid: try call.required(
                    body.wrapped?.destHostUuid,
                    .bodyField("localStorageMigrateVolume.destHostUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.localStorageMigrateVolume(request) }
        }
    }

    /// The JSON body of a request: `{"localStorageMigrateVolume": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "localStorageMigrateVolume")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let destHostUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.destHostUuid = try object.optionalValue(String.self, forKey: "destHostUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
