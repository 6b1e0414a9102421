import ZStackSDK

/// The server side of ``AddCephPrimaryStoragePool``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous.
nonisolated enum AddCephPrimaryStoragePoolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddCephPrimaryStoragePool.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AddCephPrimaryStoragePool.Request(
                primaryStorageUuid: try call.pathParameter("primaryStorageUuid", as: String.self),
                poolName: try call.required(body.wrapped?.poolName, .bodyField("params.poolName")),
                type: try call.required(body.wrapped?.type, .bodyField("params.type")),
                aliasName: body.wrapped?.aliasName,
                description: body.wrapped?.description,
                isCreate: body.wrapped?.isCreate,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.addCephPrimaryStoragePool(request) }
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
            var poolName: String?
            var aliasName: String?
            var description: String?
            var isCreate: Bool?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var type: AddCephPrimaryStoragePoolTypeValue?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case poolName = "poolName"
                case aliasName = "aliasName"
                case description = "description"
                case isCreate = "isCreate"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case type = "type"
                case tagUuids = "tagUuids"
            }
        }
    }
}
