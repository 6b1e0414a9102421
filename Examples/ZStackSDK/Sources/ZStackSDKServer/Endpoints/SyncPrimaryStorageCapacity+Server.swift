import ZStackSDK

/// The server side of ``SyncPrimaryStorageCapacity``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/{primaryStorageUuid}/actions`, asynchronous.
nonisolated enum SyncPrimaryStorageCapacityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: SyncPrimaryStorageCapacity.operation,
            bodyWrapper: "syncPrimaryStorageCapacity"
        ) { call in
            let request = try call.decodeBody(wrapper: "syncPrimaryStorageCapacity") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SyncPrimaryStorageCapacity.Request(
                    primaryStorageUuid: try call.pathParameter("primaryStorageUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.syncPrimaryStorageCapacity(request) }
        }
    }
}
