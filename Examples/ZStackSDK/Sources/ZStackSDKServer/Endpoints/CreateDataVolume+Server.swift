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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var diskOfferingUuid: String?
            var primaryStorageUuid: String?
            var resourceUuid: String?
            var tagUuids: [String]?
            var systemTags: [String]?
            var userTags: [String]?
            var diskSize: Int64?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case diskOfferingUuid = "diskOfferingUuid"
                case primaryStorageUuid = "primaryStorageUuid"
                case resourceUuid = "resourceUuid"
                case tagUuids = "tagUuids"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case diskSize = "diskSize"
            }
        }
    }
}
