public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateVmNicsForLoadBalancerServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateVmNicsForLoadBalancerServerGroupExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "8372aa12f33915ae070a4e5b09ee38ca",
              "vmInstanceUuid": "9955c9801494aaa23f8905441854ce9d",
              "l3NetworkUuid": "55da8b5866f0f5bc352aaf2989971214",
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
                  "uuid": "0ba5cf89d742bb72a618fbea441703ec",
                  "ipRangeUuid": "3f9efcc7fc09c0f53f6f3de3036414ad",
                  "l3NetworkUuid": "d801b542b9be9b607fd35546e3fceb37",
                  "ipVersion": 1,
                  "ip": "ip",
                  "netmask": "netmask",
                  "gateway": "gateway",
                  "usedFor": "usedFor",
                  "ipInLong": 1,
                  "ipInBinary": [
                    1
                  ],
                  "vmNicUuid": "2e1e9a3b96956e945fc346fe4ce52dee",
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
    public func getCandidateVmNicsForLoadBalancerServerGroup(
        _ request: GetCandidateVmNicsForLoadBalancerServerGroup.Request
    ) async throws -> GetCandidateVmNicsForLoadBalancerServerGroup.Response {
        try Self.example(GetCandidateVmNicsForLoadBalancerServerGroup.Response.self, json: Self.getCandidateVmNicsForLoadBalancerServerGroupExample)
    }
}
