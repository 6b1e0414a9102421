import ZStackSDK

/// The server side of ``UpdateKVMHost``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous.
nonisolated enum UpdateKVMHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateKVMHost.operation, bodyWrapper: "updateKVMHost") { call in
            let request = try call.decodeBody(wrapper: "updateKVMHost") { body in
                let username = try body.wrappedField(String.self, "username")
                let password = try body.wrappedField(String.self, "password")
                let sshPort = try body.wrappedField(Int.self, "sshPort")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let managementIp = try body.wrappedField(String.self, "managementIp")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateKVMHost.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    username: username,
                    password: password,
                    sshPort: sshPort,
                    name: name,
                    description: description,
                    managementIp: managementIp,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateKVMHost(request) }
        }
    }
}
