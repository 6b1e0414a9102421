import ZStackSDK

/// The server side of ``UpdateCephPrimaryStorageMon``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/ceph/mons/{monUuid}/actions`, asynchronous.
nonisolated enum UpdateCephPrimaryStorageMonServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateCephPrimaryStorageMon.operation,
            bodyWrapper: "updateCephPrimaryStorageMon"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateCephPrimaryStorageMon") { body in
                let hostname = try body.wrappedField(String.self, "hostname")
                let sshUsername = try body.wrappedField(String.self, "sshUsername")
                let sshPassword = try body.wrappedField(String.self, "sshPassword")
                let sshPort = try body.wrappedField(Int.self, "sshPort")
                let monPort = try body.wrappedField(Int.self, "monPort")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateCephPrimaryStorageMon.Request(
                    monUuid: try call.pathParameter("monUuid", as: String.self),
                    hostname: hostname,
                    sshUsername: sshUsername,
                    sshPassword: sshPassword,
                    sshPort: sshPort,
                    monPort: monPort,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateCephPrimaryStorageMon(request) }
        }
    }
}
