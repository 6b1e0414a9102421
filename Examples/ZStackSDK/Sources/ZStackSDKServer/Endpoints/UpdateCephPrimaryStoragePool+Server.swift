import ZStackSDK

/// The server side of ``UpdateCephPrimaryStoragePool``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous.
nonisolated enum UpdateCephPrimaryStoragePoolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateCephPrimaryStoragePool.operation,
            bodyWrapper: "updateCephPrimaryStoragePool"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateCephPrimaryStoragePool") { body in
                let aliasName = try body.wrappedField(String.self, "aliasName")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateCephPrimaryStoragePool.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    aliasName: aliasName,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateCephPrimaryStoragePool(request) }
        }
    }
}
