public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RebootVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let rebootVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "304c31c431a3a6ea3183a4c5f263ab3f",
            "name": "name",
            "description": "description",
            "zoneUuid": "10f3ad8c9de0d07c194b2a168fe3d62a",
            "clusterUuid": "22713a23ba893bc1ba35b823191e47ac",
            "imageUuid": "4a1b1768d5726d2045e5620555ed38f2",
            "hostUuid": "87142f5b9367161c69aa9e6353fc7afd",
            "lastHostUuid": "cfe1fa50ca1a051cd7330328d770adb9",
            "instanceOfferingUuid": "73f0122590b01d0faa6a23eab13a8291",
            "rootVolumeUuid": "fd9ec5d475fa827af1bd32f28e4989f7",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "487a31644e42cb107be8adfff8a56ee6",
            "type": "type",
            "hypervisorType": "hypervisorType",
            "memorySize": 1,
            "cpuNum": 1,
            "cpuSpeed": 1,
            "allocatorStrategy": "allocatorStrategy",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vmNics": [
              {
                "uuid": "a0d2ad5eab2554aecb21cbec1abf0146",
                "vmInstanceUuid": "b67d51c62c40246a8eea58cbf1e70db7",
                "l3NetworkUuid": "fee5c8f6ee78c7cc4204db81545d4ee3",
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
                    "uuid": "a9aeb849ff4b2e6a08841fecfd399917",
                    "ipRangeUuid": "397dfebb949116c9c785872e30d96c09",
                    "l3NetworkUuid": "14dbe413312853b898e463f24d307e1c",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "201568d75c045ba8c8f8ef98a8cf23c7",
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
            ],
            "allVolumes": [
              {
                "uuid": "4095178a1fcb62e2a8d69c5ed76de382",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "452a77c5a236c827ae0801e426c778b2",
                "vmInstanceUuid": "db885b433481e056657bc11c4838ffe0",
                "diskOfferingUuid": "2c70cabea5b50b55b90ad4cc1b8e712f",
                "rootImageUuid": "dd683138cca20b50ebd5e7cf6871038c",
                "installPath": "installPath",
                "type": "type",
                "format": "format",
                "size": 1,
                "actualSize": 1,
                "deviceId": 1,
                "state": "state",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "isShareable": true,
                "volumeQos": "volumeQos",
                "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
                "lastVmInstanceUuid": "d1a5bb3a3a4ecbfa2ec5c3d4937a47fe"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "e363e21cfc0d8c674f10c541bb648f01",
                "vmInstanceUuid": "cfe2123528144ba71d55195ae66cb89e",
                "deviceId": 1,
                "isoUuid": "392e3e0907f36fc93f94eb2ca2a68258",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func rebootVmInstance(
        _ request: RebootVmInstance.Request
    ) async throws -> RebootVmInstance.Response {
        try Self.example(RebootVmInstance.Response.self, json: Self.rebootVmInstanceExample)
    }
}
