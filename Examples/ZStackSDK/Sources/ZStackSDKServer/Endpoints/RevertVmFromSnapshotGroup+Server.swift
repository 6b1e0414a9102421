import ZStackSDK

/// The server side of ``RevertVmFromSnapshotGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous.
nonisolated enum RevertVmFromSnapshotGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: RevertVmFromSnapshotGroup.operation,
            bodyWrapper: "revertVmFromSnapshotGroup"
        ) { call in
            let request = try call.decodeBody(wrapper: "revertVmFromSnapshotGroup") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RevertVmFromSnapshotGroup.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.revertVmFromSnapshotGroup(request) }
        }
    }
}
