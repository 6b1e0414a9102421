import ZStackSDK

/// The server side of ``AddCephPrimaryStoragePool``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous.
nonisolated enum AddCephPrimaryStoragePoolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddCephPrimaryStoragePool.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let poolName = try body.wrappedField(String.self, "poolName")
                let type = try body.wrappedField(AddCephPrimaryStoragePoolTypeValue.self, "type")
                let aliasName = try body.wrappedField(String.self, "aliasName")
                let description = try body.wrappedField(String.self, "description")
                let isCreate = try body.wrappedField(Bool.self, "isCreate")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddCephPrimaryStoragePool.Request(
                    primaryStorageUuid: try call.pathParameter("primaryStorageUuid", as: String.self),
                    poolName: try call.required(poolName, .bodyField("params.poolName")),
                    type: try call.required(type, .bodyField("params.type")),
                    aliasName: aliasName,
                    description: description,
                    isCreate: isCreate,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addCephPrimaryStoragePool(request) }
        }
    }
}
