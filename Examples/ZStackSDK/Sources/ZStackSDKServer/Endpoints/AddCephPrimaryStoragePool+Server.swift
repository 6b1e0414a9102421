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
            let poolName: String?
            let aliasName: String?
            let description: String?
            let isCreate: Bool?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let type: AddCephPrimaryStoragePoolTypeValue?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.poolName = try object.optionalValue(String.self, forKey: "poolName")
                self.aliasName = try object.optionalValue(String.self, forKey: "aliasName")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.isCreate = try object.optionalValue(Bool.self, forKey: "isCreate")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.type = try object.optionalValue(AddCephPrimaryStoragePoolTypeValue.self, forKey: "type")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
