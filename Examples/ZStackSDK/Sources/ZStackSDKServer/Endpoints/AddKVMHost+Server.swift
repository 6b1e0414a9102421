import ZStackSDK

/// The server side of ``AddKVMHost``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/hosts/kvm`, asynchronous.
nonisolated enum AddKVMHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddKVMHost.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let username = try body.wrappedField(String.self, "username")
                let password = try body.wrappedField(String.self, "password")
                let name = try body.wrappedField(String.self, "name")
                let managementIp = try body.wrappedField(String.self, "managementIp")
                let clusterUuid = try body.wrappedField(String.self, "clusterUuid")
                let sshPort = try body.wrappedField(Int.self, "sshPort")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return AddKVMHost.Request(
                    username: try call.required(username, .bodyField("params.username")),
                    password: try call.required(password, .bodyField("params.password")),
                    name: try call.required(name, .bodyField("params.name")),
                    managementIp: try call.required(managementIp, .bodyField("params.managementIp")),
                    clusterUuid: try call.required(clusterUuid, .bodyField("params.clusterUuid")),
                    sshPort: sshPort,
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.addKVMHost(request) }
        }
    }
}
