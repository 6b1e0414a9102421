public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmStartingCandidateClustersHosts``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmStartingCandidateClustersHostsExample = #"""
        {
          "success": true,
          "hosts": [
            {
              "zoneUuid": "07ea6b9ae7579dde53ab936a0412d57c",
              "name": "name",
              "uuid": "bcc16198bd329e884a61d06f605499c9",
              "clusterUuid": "88f5761d1fe1c22b278091790de802af",
              "description": "description",
              "managementIp": "managementIp",
              "hypervisorType": "hypervisorType",
              "state": "state",
              "status": "status",
              "totalCpuCapacity": 1,
              "availableCpuCapacity": 1,
              "cpuSockets": 1,
              "totalMemoryCapacity": 1,
              "availableMemoryCapacity": 1,
              "cpuNum": 1,
              "ipmiAddress": "ipmiAddress",
              "ipmiUsername": "ipmiUsername",
              "ipmiPort": 1,
              "ipmiPowerStatus": "ipmiPowerStatus",
              "architecture": "architecture",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "clusters": [
            {
              "name": "name",
              "uuid": "82d6f932b8cbcd9b5627f29c69785042",
              "description": "description",
              "state": "state",
              "hypervisorType": "hypervisorType",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "zoneUuid": "6cf1b4b5b627be05d8bc42086fd81054",
              "type": "type"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmStartingCandidateClustersHosts(
        _ request: GetVmStartingCandidateClustersHosts.Request
    ) async throws -> GetVmStartingCandidateClustersHosts.Response {
        try Self.example(GetVmStartingCandidateClustersHosts.Response.self, json: Self.getVmStartingCandidateClustersHostsExample)
    }
}
