import ZStackSDK

/// The server side of ``CreateDataVolume``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/data`, asynchronous.
nonisolated enum CreateDataVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateDataVolume.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateDataVolume.Request(
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                description: body.wrapped?.description,
                diskOfferingUuid: body.wrapped?.diskOfferingUuid,
                primaryStorageUuid: body.wrapped?.primaryStorageUuid,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                diskSize: body.wrapped?.diskSize
            )
            return { try await handler.createDataVolume(request) }
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
            let name: String?
            let description: String?
            let diskOfferingUuid: String?
            let primaryStorageUuid: String?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?
            let diskSize: Int64?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.diskOfferingUuid = try object.optionalValue(String.self, forKey: "diskOfferingUuid")
                self.primaryStorageUuid = try object.optionalValue(String.self, forKey: "primaryStorageUuid")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.diskSize = try object.optionalValue(Int64.self, forKey: "diskSize")
            }
        }
    }
}
