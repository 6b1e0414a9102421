public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateVmNicForSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateVmNicForSecurityGroupExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "406e2bd846f00145d51b095aa45aa64c",
              "vmInstanceUuid": "2ca300298fc52a790d0f4b47c44eb8df",
              "l3NetworkUuid": "c138f4be61753d353883be07b8174cef",
              "ip": "ip",
              "mac": "mac",
              "hypervisorType": "hypervisorType",
              "netmask": "netmask",
              "gateway": "gateway",
              "metaData": "metaData",
              "ipVersion": 1,
              "driverType": "driverType",
              "usedIps": [
                {
                  "uuid": "85eea71d432fbe9746db0f74307ac6a1",
                  "ipRangeUuid": "9fb343c2484d9be201f045fd05a7e01b",
                  "l3NetworkUuid": "b50c0477cf8ef6e7ab54114ad4dab02b",
                  "ipVersion": 1,
                  "ip": "ip",
                  "netmask": "netmask",
                  "gateway": "gateway",
                  "usedFor": "usedFor",
                  "ipInLong": 1,
                  "ipInBinary": [
                    1
                  ],
                  "vmNicUuid": "5d192c84c6bcb3173741942e83f10b06",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "internalName": "internalName",
              "deviceId": 1,
              "type": "type",
              "state": "state",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateVmNicForSecurityGroup(
        _ request: GetCandidateVmNicForSecurityGroup.Request
    ) async throws -> GetCandidateVmNicForSecurityGroup.Response {
        try Self.example(GetCandidateVmNicForSecurityGroup.Response.self, json: Self.getCandidateVmNicForSecurityGroupExample)
    }
}
